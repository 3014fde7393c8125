/** A stored ISO time in the reader's locale and time zone. */
export const formatTime = (iso: string) => new Date(iso).toLocaleString();
