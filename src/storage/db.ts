import Dexie, { type EntityTable } from 'dexie';
import {
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  type CertificateRow,
  type ProfileRow,
  type AttemptRow,
  type PositionRow,
  type SectionOpenedRow,
  type SectionSeenRow,
  type SnapshotRow,
} from './schema';

export const DATABASE_NAME = 'gender-lens';

/** Lets tests (and odd browsers) pass their own IndexedDB implementation. */
export interface DatabaseOptions {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export class GenderLensDatabase extends Dexie {
  sectionsSeen!: EntityTable<SectionSeenRow, 'key'>;
  sectionsOpened!: EntityTable<SectionOpenedRow, 'key'>;
  certificates!: EntityTable<CertificateRow, 'id'>;
  profile!: EntityTable<ProfileRow, 'key'>;
  positions!: EntityTable<PositionRow, 'courseId'>;
  attempts!: EntityTable<AttemptRow, 'id'>;
  snapshots!: EntityTable<SnapshotRow, 'activityId'>;

  constructor(options: DatabaseOptions = {}) {
    super(DATABASE_NAME, options.indexedDB ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange } : {});
    // Append-only: a new version lists the whole schema; old versions stay as they were shipped.
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
  }
}
