import { aggregate } from './aggregate';
import {
  collMod,
  create,
  drop,
  dropDatabase,
  listCollections,
  listDatabases,
  renameCollection,
} from './collections';
import type { CommandHandler } from './context';
import { getMore, killCursors } from './cursors';
import { deleteCommand } from './delete';
import { explain } from './explain';
import { count, distinct, find } from './find';
import { findAndModify } from './find-and-modify';
import { hello } from './hello';
import { createIndexes, dropIndexes, listIndexes } from './indexes';
import { insert } from './insert';
import { collStats, connectionStatus, dbStats, getCmdLineOpts, getLog, ok, whatsmyuri } from './misc';
import { buildInfo, getParameter, hostInfo, serverStatus } from './server-info';
import { abortTransaction, commitTransaction, endSessions } from './sessions';
import { update } from './update';

export const COMMANDS: Record<string, CommandHandler> = {
  hello,
  isMaster: hello,
  ismaster: hello,
  ping: ok,
  buildInfo,
  buildinfo: buildInfo,
  serverStatus,
  hostInfo,
  getParameter,
  connectionStatus,
  whatsmyuri,
  getLog,
  getCmdLineOpts,
  dbStats,
  collStats,
  listDatabases,
  listCollections,
  create,
  drop,
  dropDatabase,
  renameCollection,
  collMod,
  insert,
  find,
  getMore,
  killCursors,
  update,
  delete: deleteCommand,
  findAndModify,
  findandmodify: findAndModify,
  count,
  distinct,
  aggregate,
  createIndexes,
  listIndexes,
  dropIndexes,
  deleteIndexes: dropIndexes,
  explain,
  endSessions,
  killAllSessions: ok,
  killSessions: ok,
  refreshSessions: ok,
  commitTransaction,
  abortTransaction,
};

/** Commands that may run inside a transaction (MongoDB's list, minus what is not offered). */
export const TRANSACTION_COMMANDS = new Set([
  'find',
  'getMore',
  'killCursors',
  'insert',
  'update',
  'delete',
  'findAndModify',
  'findandmodify',
  'aggregate',
  'count',
  'distinct',
  'commitTransaction',
  'abortTransaction',
  'createIndexes',
  'create',
]);

/** Commands that change stored state (refused after a storage failure). */
export const WRITE_COMMANDS = new Set([
  'insert',
  'update',
  'delete',
  'findAndModify',
  'findandmodify',
  'create',
  'drop',
  'dropDatabase',
  'renameCollection',
  'createIndexes',
  'dropIndexes',
  'deleteIndexes',
  'collMod',
  'commitTransaction',
]);
