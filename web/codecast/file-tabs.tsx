// The cast's files. On the teacher's code they show which file the teacher has open (the recording
// decides); on the learner's copy they switch files.
import type { CodecastFile } from '../../contracts/codecast.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

export interface FileTabsProps {
  files: readonly CodecastFile[];
  active: number;
  /** Null while the teacher's code is shown. */
  onSelect: ((file: number) => void) | null;
}

export function FileTabs({ files, active, onSelect }: FileTabsProps) {
  const { t } = useI18n();
  if (files.length < 2) return <p className="file-name">{files[0]?.name}</p>;
  return (
    <ul className="file-tabs" aria-label={t.codecast.files}>
      {files.map((file, index) => (
        <li key={file.name}>
          {onSelect ? (
            <button type="button" aria-pressed={index === active} onClick={() => onSelect(index)}>
              {file.name}
            </button>
          ) : (
            <span className="file-tab" aria-current={index === active ? 'true' : undefined}>
              {file.name}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
