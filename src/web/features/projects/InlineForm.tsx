/** A small form folded under its summary (mark delivered, record an actual, add a period); it
 *  folds again once saved, because the owner closes it through `onOpenChange`. */
export function InlineForm({
  summary,
  open,
  onOpenChange,
  children,
}: {
  summary: React.ReactNode;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children: React.ReactNode;
}) {
  return (
    <details className="inline-form" open={open} onToggle={(e) => onOpenChange(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
