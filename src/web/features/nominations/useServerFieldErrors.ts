import type { FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import { splitNominationErrors } from './nomination-form.js';

/** Puts the fields the server named on the form's inputs, and keeps the rest for an alert above the buttons. */
export function useServerFieldErrors(form: FormInstance) {
  const [general, setGeneral] = useState<string[]>([]);
  const apply = (error: unknown) => {
    const split = splitNominationErrors(error instanceof ApiError ? error.fields : undefined);
    form.setFields(split.onFields);
    setGeneral(split.general);
  };
  /** Before a new save: the form's own rules have passed, so what errors remain on screen are the server's last answer. */
  const clear = () => {
    const shown = form.getFieldsError().filter((f) => f.errors.length > 0);
    if (shown.length) form.setFields(shown.map((f) => ({ name: f.name, errors: [] })));
    setGeneral([]);
  };
  return { general, apply, clear };
}
