'use client';

import { useRef } from 'react';
import { useReturnFocus } from './use-return-focus';
import type { Bilingual, Lang } from '@/lib/display/lang';
import type { RefusalReason } from './case-storage';
import { useLang, useT } from './language';

export type Notice =
  | { readonly kind: 'example' | 'new' | 'imported'; readonly undo: unknown; readonly name?: string }
  | { readonly kind: 'exported'; readonly name: string }
  | { readonly kind: 'refused'; readonly reason: RefusalReason; readonly detail?: Bilingual }
  /** The saved draft could not be read: kept under `key` (components/case-storage.ts loadDraft). */
  | { readonly kind: 'set-aside'; readonly key: string; readonly paused: boolean };

/** What would replace a case holding the user's own work: asked first (planner.tsx). */
export type Replacing = 'example' | 'new';

interface ToolbarProps {
  readonly lang: Lang;
  readonly notice: Notice | undefined;
  /** A replacement waiting for the user's yes: the case has their own work in it. */
  readonly confirming?: Replacing | undefined;
  readonly onConfirm: (yes: boolean) => void;
  readonly onLanguage: (lang: Lang) => void;
  readonly onExample: () => void;
  readonly onNew: () => void;
  readonly onImport: (file: File) => void;
  readonly onExport: () => void;
  readonly onUndo: (previous: unknown) => void;
  readonly onDownloadSetAside: (key: string) => void;
}

/** Keep the work: an example, a new case, import and export of the case file, and the language. */
export function CaseToolbar({ lang, notice, confirming, onConfirm, onLanguage, onExample, onNew, onImport, onExport, onUndo, onDownloadSetAside }: ToolbarProps) {
  const t = useT();
  const file = useRef<HTMLInputElement>(null);
  // Focus goes to Cancel when asked, and back to the button clicked when answered.
  const { into: cancelRef, back: askedRef } = useReturnFocus(confirming !== undefined, false);
  return (
    <div className="toolbar no-print">
      <div className="language-switch" role="group" aria-label={t('toolbar.language')}>
        <button type="button" lang="zh-CN" aria-pressed={lang === 'zh'} onClick={() => onLanguage('zh')}>中文</button>
        <button type="button" lang="en" aria-pressed={lang === 'en'} onClick={() => onLanguage('en')}>English</button>
      </div>
      <div className="case-actions" role="group" aria-label={t('toolbar.case')}>
        <button type="button" onClick={(e) => { askedRef.current = e.currentTarget; onExample(); }}>{t('toolbar.example')}</button>
        <button type="button" onClick={(e) => { askedRef.current = e.currentTarget; onNew(); }}>{t('toolbar.new')}</button>
        <button type="button" onClick={() => file.current?.click()}>{t('toolbar.import')}</button>
        <button type="button" onClick={onExport}>{t('toolbar.export')}</button>
        <input
          ref={file}
          id="import-file"
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('toolbar.import')}
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            e.target.value = '';
            if (chosen) onImport(chosen);
          }}
        />
      </div>
      {confirming && (
        <div role="alertdialog" aria-labelledby="replace-title" aria-describedby="replace-text" className="letter-caution" data-testid="replace-confirm">
          <p id="replace-title"><strong>{t(`replace.${confirming}.title`)}</strong></p>
          <p id="replace-text">{t('replace.text')}</p>
          <button type="button" onClick={() => onConfirm(true)}>{t(`replace.${confirming}.yes`)}</button>{' '}
          <button type="button" onClick={onExport}>{t('toolbar.export')}</button>{' '}
          <button type="button" ref={cancelRef} onClick={() => onConfirm(false)}>{t('replace.cancel')}</button>
        </div>
      )}
      <div role="status" className="notice" data-testid="notice">
        {notice && <NoticeText notice={notice} onUndo={onUndo} onDownloadSetAside={onDownloadSetAside} />}
      </div>
      <p className="saved-note">{t('toolbar.autosave')}</p>
    </div>
  );
}

interface NoticeProps {
  readonly notice: Notice;
  readonly onUndo: (previous: unknown) => void;
  readonly onDownloadSetAside: (key: string) => void;
}

function NoticeText({ notice, onUndo, onDownloadSetAside }: NoticeProps) {
  const t = useT();
  const lang = useLang();
  switch (notice.kind) {
    case 'set-aside':
      return (
        <p className="error">
          {t(notice.paused ? 'notice.set-aside.paused' : 'notice.set-aside')}{' '}
          <button type="button" className="link-button" onClick={() => onDownloadSetAside(notice.key)}>{t('notice.set-aside.download')}</button>
        </p>
      );
    case 'exported':
      return <p>{t('notice.exported', { name: notice.name })}</p>;
    case 'refused':
      return <p className="error">{t(`notice.refused.${notice.reason}`)}{notice.detail && ` ${notice.detail[lang]}`}</p>;
    default:
      return (
        <p>
          {notice.kind === 'imported' ? t('notice.imported', { name: notice.name ?? '' }) : t(`notice.${notice.kind}`)}{' '}
          <button type="button" className="link-button" onClick={() => onUndo(notice.undo)}>{t('notice.undo')}</button>
        </p>
      );
  }
}
