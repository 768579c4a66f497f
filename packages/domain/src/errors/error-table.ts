/** A module's error codes: HTTP status and the Vietnamese and English message ({placeholders} from details). */
export type ErrorTable = Record<string, { status: number; vi: string; en: string }>;
