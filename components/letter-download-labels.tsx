/**
 * The download button's labels in both languages (the planner may pass its own). A plain module,
 * not a client one, so a server component can hand them to the button as props.
 */
export interface LetterDownloadLabels {
  readonly download: string;
  readonly loading: string;
  readonly rendering: string;
  readonly saved: string;
  readonly failed: string;
  /** After `failed`, when the font or the PDF code could not be downloaded (components/network-error.ts). */
  readonly offline: string;
  /** Before the characters the font cannot print (printed as □). */
  readonly missing: string;
  /** Heading of the time-barred confirmation; the warning itself comes from the letter. */
  readonly confirmTitle: string;
  readonly confirm: string;
  readonly cancel: string;
}

export const LETTER_DOWNLOAD_LABELS: Readonly<Record<'zh' | 'en', LetterDownloadLabels>> = {
  zh: {
    download: '下载协商还款申请（PDF）',
    loading: '正在加载字体和排版工具…',
    rendering: '正在生成 PDF…',
    saved: '已生成并保存。',
    failed: '生成失败：',
    offline: '无法下载生成信件所需的字体和排版工具（约 3 MB）。请连接网络后再试；下载过一次后，没有网络也能生成。',
    missing: '字体中没有以下字符，PDF 中以“□”代替，请核对或改写：',
    confirmTitle: '请先确认：这笔债务可能已过诉讼时效',
    confirm: '我已了解，仍要生成',
    cancel: '取消',
  },
  en: {
    download: 'Download letter (PDF)',
    loading: 'Loading the font and the PDF tools…',
    rendering: 'Making the PDF…',
    saved: 'Done: the letter is saved.',
    failed: 'Could not make the PDF: ',
    offline: 'the font and PDF tools it needs (about 3 MB) could not be downloaded. Connect to the internet and try again; once downloaded, letters can be made offline too.',
    missing: 'The font cannot print these characters; the PDF shows “□” instead, so check or retype them: ',
    confirmTitle: 'Please confirm first: this debt may be time-barred',
    confirm: 'I understand; make the letter',
    cancel: 'Cancel',
  },
};
