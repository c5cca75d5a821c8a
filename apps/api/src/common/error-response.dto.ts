import { ApiProperty } from '@nestjs/swagger';

/** Every refusal and error: a stable code with its parameters (libs/domain's catalogue says it in Danish and English). */
export class ErrorResponseDto {
  @ApiProperty({ example: 404 })
  statusCode: number;

  @ApiProperty({ example: 'evaluation.not_found', description: 'Stable error code; its message in either language is in the catalogue.' })
  code: string;

  @ApiProperty({ type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] }, example: { slug: 'pilot' } })
  params: Record<string, string | number>;

  @ApiProperty({ example: "no evaluation 'pilot'", description: 'The message in English.' })
  message: string;
}
