import { WholeNumberField } from '../common/field.decorators';
import { CourseListQueryDto } from '../courses/dto/list-query.dto';

export class FidelityQueryDto extends CourseListQueryDto {
  @WholeNumberField(1, 100, { description: 'Caseload norm for this view (default 12, or CTI_CASELOAD_NORM).' }, true)
  caseloadNorm?: number;
}
