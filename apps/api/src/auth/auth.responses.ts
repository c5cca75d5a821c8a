import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '@cti/domain';

export class SignedInUserDto {
  @ApiProperty() username: string;
  @ApiProperty({ enum: ROLES }) role: string;
  @ApiProperty({ type: 'integer', nullable: true }) municipalityCode: number | null;
}

export class LoginResponseDto {
  @ApiProperty({ description: 'Send it as Authorization: Bearer <accessToken>.' }) accessToken: string;
  @ApiProperty({ description: 'Seconds until the access token expires.' }) expiresIn: number;
  @ApiProperty({ type: SignedInUserDto }) user: SignedInUserDto;
}

const allOr = (items: 'integer' | 'string', description: string) => ({
  oneOf: [{ type: 'string', enum: ['all'] }, { type: 'array', items: { type: items } }],
  description,
});

export class MeDto {
  @ApiProperty({ type: 'integer', nullable: true }) userId: number | null;
  @ApiProperty() username: string;
  @ApiProperty({ enum: [...ROLES, 'system'] }) role: string;
  @ApiProperty(allOr('integer', 'Municipalities whose figures you may read.')) municipalityCodes: 'all' | number[];
  @ApiProperty(allOr('string', 'Evaluations you may read.')) evaluationSlugs: 'all' | string[];
  @ApiProperty(allOr('integer', 'Municipality registers you may read.')) registerReads: 'all' | number[];
  @ApiProperty(allOr('integer', 'Municipality registers you may change.')) registerWrites: 'all' | number[];
  @ApiProperty({ description: 'Whether you may read course rows (pseudonyms).' }) rowLevel: boolean;
  @ApiProperty({ description: 'Whether figures resting on fewer than k citizens are withheld from you.' }) suppressSmallCells: boolean;
}

export class NewApiTokenResponseDto {
  @ApiProperty() id: number;
  @ApiProperty({ description: 'The token, shown this once.' }) token: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) expiresAt: string | null;
}
