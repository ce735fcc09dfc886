/** One Tagesordnungspunkt as the agenda services see it. */
export interface AgendaEntry {
  id?: string;
  /** As printed: "2", "2.1", "11.1". */
  number: string;
  /** Position in the whole agenda, 1-based; the öffentlicher Teil comes first. */
  order: number;
  /** 1 for a main item ("2"), 2 for a sub-item ("2.1"). */
  level: 1 | 2;
  name: string;
  public: boolean;
  supplement?: boolean;
  paper?: string;
}

/** A new item before it has a number or place. */
export type NewAgendaEntry = Omit<AgendaEntry, 'number' | 'order'>;

export interface NumberingStyle {
  /**
   * Köln restarts at 1 in the nichtöffentlicher Teil ("II. 1 Beantwortung von Anfragen ...");
   * Kreis Mettmann numbers on (public 1-11, non-public 12-13).
   */
  restartInNonPublic: boolean;
}

export const DEFAULT_NUMBERING: NumberingStyle = { restartInNonPublic: true };
