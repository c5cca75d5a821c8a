// Shared pieces of the chart specs: the arm colours (the same in every chart) and the Vega-Lite schema.
import { armName } from '../i18n/names';

export const VL = 'https://vega.github.io/schema/vega-lite/v6.json';
export const ARM_COLOUR = ['#1f6f8b', '#c46b2f'];

export const armColour = (title: string) => ({ field: 'arm', type: 'nominal', title, scale: { domain: [armName('cti'), armName('control')], range: ARM_COLOUR } });
