/** A labelled progress bar: the native <progress> (role progressbar) plus the same figure as text. */
export interface ProgressBarProps {
  /** Accessible name, e.g. "Udfyldt". */
  label: string;
  /** 0..1 */
  ratio: number;
  /** The figure in words, shown beside the bar, e.g. "12 af 40 spørgsmål besvaret (30 %)". */
  text: string;
}

export function ProgressBar({ label, ratio, text }: ProgressBarProps) {
  const value = Math.round(Math.min(1, Math.max(0, ratio)) * 100);
  return (
    <div className="ui-progress">
      <progress aria-label={label} aria-valuetext={text} max={100} value={value} />
      <span className="ui-progress-text">{text}</span>
    </div>
  );
}
