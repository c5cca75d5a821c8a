import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'demo-aalborg' })
  @IsString()
  @Length(1, 100)
  username: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @Length(1, 1024)
  password: string;
}

export interface LoginResponse {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: { username: string; role: string; municipalityCode: number | null };
}

export class NewApiTokenDto {
  @ApiProperty({ description: 'What the token is for, e.g. "nightly import".' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiPropertyOptional({ description: 'Days until it expires; none: until revoked.', minimum: 1, maximum: 3650 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  expiresInDays?: number;
}
