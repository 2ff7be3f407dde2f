// Whether the caller is a teacher (GET /api/me), for the pages behind the teacher login: the teacher area
// and the codecast recorder. `recheck` after a login or a logout.
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../api/api-client.ts';
import { fetchMe } from '../api/me-api.ts';

export type TeacherAccess = 'checking' | 'teacher' | 'learner' | 'failed';

export function useTeacherAccess(api: ApiClient): { access: TeacherAccess; recheck: () => void } {
  const [access, setAccess] = useState<TeacherAccess>('checking');
  const recheck = useCallback(() => {
    setAccess('checking');
    fetchMe(api).then(
      (me) => setAccess(me.role === 'learner' ? 'learner' : 'teacher'),
      () => setAccess('failed'),
    );
  }, [api]);
  useEffect(recheck, [recheck]);
  return { access, recheck };
}
