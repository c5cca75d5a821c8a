import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreateCitizenDto, CreateCourseDto } from './course.dto';
import { CourseListQueryDto } from './list-query.dto';

const messages = async <T extends object>(cls: new () => T, body: object) =>
  (await validate(plainToInstance(cls, body))).flatMap((e) => Object.values(e.constraints ?? {}));

const course = { citizen: 'B-0001', arm: 'cti', worker: 'W-ANNA', plannedStart: '2025-01-31' };

describe('course workflow inputs follow the import\'s safe-text rule', () => {
  it('refuses a course code with a right-to-left override, saying which character and where', async () => {
    expect(await messages(CreateCourseDto, { ...course, courseCode: 'F-1\u202Etxt.exe' })).toEqual([
      'courseCode holds a bidirectional control (U+202E) at character 4; ids and texts may not hold control, bidirectional or zero-width characters',
    ]);
  });

  it('refuses control and zero-width characters in pseudonyms and the worker filter', async () => {
    expect(await messages(CreateCitizenDto, { pseudonym: 'B-00\u200B01' })).toContain(
      'pseudonym holds a zero-width character (U+200B) at character 5; ids and texts may not hold control, bidirectional or zero-width characters');
    expect(await messages(CourseListQueryDto, { worker: 'W\u001b[2J' })).toEqual([
      'worker holds a control character (U+001B) at character 2; ids and texts may not hold control, bidirectional or zero-width characters',
    ]);
  });

  it('takes formula-looking text (exports neutralise it) and Danish letters', async () => {
    expect(await messages(CreateCourseDto, { ...course, courseCode: '=HYPERLINK("x")' })).toEqual([]);
    expect(await messages(CreateCitizenDto, { pseudonym: 'Søren Å-1' })).toEqual([]);
  });
});
