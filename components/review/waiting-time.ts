// "submitted 5 hours ago": how long a claim has waited, in the unit the
// review queue filters by (hours), switching to days past two of them.
export function submittedAgo(submittedAt: string, now: number = Date.now()): string {
  const hours = Math.floor((now - new Date(submittedAt).getTime()) / 3_600_000);
  if (hours < 1) return 'submitted less than an hour ago';
  if (hours === 1) return 'submitted 1 hour ago';
  if (hours < 48) return `submitted ${hours} hours ago`;
  return `submitted ${Math.floor(hours / 24)} days ago`;
}
