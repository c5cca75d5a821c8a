import { registerDecorator, type ValidationArguments } from 'class-validator';
import { findUnsafeCharacter, unsafeCharacterMessage } from '@cti/domain';

/** The import's rule for ids and free text (libs/domain safe-text), for an API field: no control, bidirectional or zero-width characters. */
export function SafeText(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'safeText',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || findUnsafeCharacter(value) === null,
        defaultMessage: (args?: ValidationArguments) => `${args?.property} ${unsafeCharacterMessage(findUnsafeCharacter(String(args?.value))!)}`,
      },
    });
}
