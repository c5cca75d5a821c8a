-- The CTI courses in scope: the n behind the fidelity section.
SELECT count(*) AS n FROM courses_in_scope WHERE arm = 'cti';
