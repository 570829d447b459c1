import type { Actor, Assignment, Conference } from '../../../shared/domain/actor.js';
import type { CapabilityHandlers, WriteCall } from '../handler-types.js';
import { changeAssignment, giveAssignment } from './assignments.js';
import { agree, conferenceReport, endConference, setNextConference, startConference, startTurn } from './conference.js';
import { notFound } from './errors.js';
import { conferenceProtocol, conferenceProtocolPdf } from './protocol.js';
import {
  getActor,
  getAgreement,
  getAssignment,
  getConference,
  listActors,
  listAgreements,
  listAssignments,
  listConferences,
  nextConference,
  runningConference,
  statusHistory,
} from './read.js';
import { addActor, importActors, requireActor, retireActor, seedBoardActors, updateActor } from './registry.js';
import { reportStatus } from './status.js';

// A write answers as its caller sees the result: the writer is always a staff seat or window.
const actorAfter = ({ records }: WriteCall, id: number): Actor => {
  const actor = getActor(records.db, id, records.now, 'staff');
  if (!actor) throw notFound('actor', id);
  return actor;
};
const assignmentAfter = ({ records }: WriteCall, id: number): Assignment => {
  const a = getAssignment(records.db, id, records.now);
  if (!a) throw notFound('assignment', id);
  return a;
};
const conferenceAfter = ({ records }: WriteCall, id: number): Conference => {
  const c = getConference(records.db, id);
  if (!c) throw notFound('conference', id);
  return c;
};

/** The actors capability: registry, status, assignments, samverkanskonferenser, Beslut i stort. */
export function actorHandlers(): CapabilityHandlers<'actors'> {
  return {
    'actors.list': (input, call) => {
      const board = call.board();
      return { actors: listActors(board.db, board.now(), call.caller.role, input.include_retired) };
    },
    'actors.get': (input, call) => {
      const board = call.board();
      const now = board.now();
      const actor = getActor(board.db, input.id, now, call.caller.role);
      if (!actor) throw notFound('actor', input.id);
      return { actor, history: statusHistory(board.db, input.id), assignments: listAssignments(board.db, now, { actor: input.id }) };
    },
    'actors.add': (input, call) => actorAfter(call, addActor(call.records, input)),
    'actors.update': ({ id, ...changes }, call) => {
      updateActor(call.records, id, changes);
      return actorAfter(call, id);
    },
    'actors.retire': (input, call) => {
      retireActor(call.records, input.id, input.retired);
      return actorAfter(call, input.id);
    },
    'actors.seed': (_input, call) => ({ added: seedBoardActors(call.records, call.session.info.kommun_code) }),
    'actors.import': (input, call) => ({ imported: importActors(call.records, input.csv) }),
    'actors.setStatus': ({ id, ...status }, call) => {
      reportStatus(call.records, id, status);
      return actorAfter(call, id);
    },

    'actors.assignments': (input, call) => {
      const board = call.board();
      if (input.actor !== undefined) requireActor(board.db, input.actor);
      return { assignments: listAssignments(board.db, board.now(), input) };
    },
    'actors.assign': (input, call) => assignmentAfter(call, giveAssignment(call.records, input)),
    'actors.setAssignmentStatus': (input, call) => {
      changeAssignment(call.records, input.id, input.status, input.note);
      return assignmentAfter(call, input.id);
    },

    'actors.conference.start': (input, call) => conferenceAfter(call, startConference(call.records, input.kind, input.attendees)),
    'actors.conference.turn': (input, call) => {
      startTurn(call.records, input.conference, input.actor);
      return conferenceAfter(call, input.conference);
    },
    'actors.conference.report': ({ conference, actor, text, ...status }, call) => {
      const entry = conferenceReport(call.records, conference, actor, text, status);
      return { entry, actor: actorAfter(call, actor), conference: conferenceAfter(call, conference) };
    },
    'actors.conference.end': (input, call) => {
      endConference(call.records, input.conference, input.next_at, input.next_kind);
      return conferenceAfter(call, input.conference);
    },
    'actors.conference.get': (input, call) => {
      const c = getConference(call.board().db, input.id);
      if (!c) throw notFound('conference', input.id);
      return c;
    },
    'actors.conference.current': (_input, call) => {
      const board = call.board();
      return { conference: runningConference(board.db), next: nextConference(board.db, board.now()) };
    },
    'actors.conference.list': (_input, call) => ({ conferences: listConferences(call.board().db) }),
    'actors.conference.protocol': (input, call) => {
      const board = call.board();
      const c = getConference(board.db, input.id);
      if (!c) throw notFound('conference', input.id);
      return conferenceProtocol(board.db, c, board.info, board.head(), board.now());
    },
    'actors.conference.protocolPdf': (input, call) => {
      const board = call.board();
      const c = getConference(board.db, input.id);
      if (!c) throw notFound('conference', input.id);
      return conferenceProtocolPdf(board.db, c, board.info, board.head(), board.now());
    },
    'actors.conference.setNext': (input, call) => {
      setNextConference(call.records, input.at, input.kind);
      return { next: nextConference(call.records.db, call.records.now) };
    },

    'actors.agree': (input, call) => {
      const id = agree(call.records, input);
      const agreement = getAgreement(call.records.db, id);
      if (!agreement) throw notFound('entry', id);
      return agreement;
    },
    'actors.agreements': (input, call) => ({ agreements: listAgreements(call.board().db, input.beslut_i_stort) }),
  };
}
