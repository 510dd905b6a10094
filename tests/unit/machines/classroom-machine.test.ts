import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { classroomMachine, roomChoice, roomTally, timeLeftMs } from '../../../src/machines/classroom-machine';

const input = {
  items: [
    { id: 'voices', category: 'sex' },
    { id: 'egypt', category: 'gender' },
    { id: 'dolls', category: 'gender' },
  ],
  categories: ['sex', 'gender'],
  minutes: 15,
};

const start = () => createActor(classroomMachine, { input }).start();

describe('classroomMachine', () => {
  it('counts the room’s votes, reveals, and keeps a tally of cards the room got right', () => {
    const actor = start();
    const vote = (category: string, times = 1) => {
      for (let i = 0; i < times; i += 1) actor.send({ type: 'vote.add', category });
    };
    vote('sex', 7);
    vote('gender', 3);
    actor.send({ type: 'card.reveal' });
    actor.send({ type: 'card.next' });
    vote('sex', 4);
    vote('gender', 2);
    actor.send({ type: 'card.reveal' });
    actor.send({ type: 'card.next' });
    vote('sex', 2);
    vote('gender', 2); // a tie is not a decision
    actor.send({ type: 'card.reveal' });
    expect(roomTally(actor.getSnapshot().context)).toEqual({ right: 1, revealed: 3 });
  });

  it('stops counting once the answer is shown, and never below zero', () => {
    const actor = start();
    actor.send({ type: 'vote.remove', category: 'sex' });
    expect(actor.getSnapshot().context.votes.voices?.sex).toBe(0);
    actor.send({ type: 'vote.add', category: 'sex' });
    actor.send({ type: 'card.reveal' });
    actor.send({ type: 'vote.add', category: 'gender' });
    actor.send({ type: 'vote.add', category: 'culture' });
    expect(actor.getSnapshot().context.votes.voices).toEqual({ sex: 1 });
    actor.send({ type: 'card.reveal' });
    expect(actor.getSnapshot().context.revealed).toEqual(['voices']);
  });

  it('moves between cards within bounds', () => {
    const actor = start();
    actor.send({ type: 'card.previous' });
    expect(actor.getSnapshot().context.index).toBe(0);
    actor.send({ type: 'card.next' });
    actor.send({ type: 'card.next' });
    actor.send({ type: 'card.next' });
    expect(actor.getSnapshot().context.index).toBe(2);
  });

  it('runs the countdown from the times it is given, with pause and reset', () => {
    const actor = start();
    const at = (ms: number) => timeLeftMs(actor.getSnapshot().context, ms);
    expect(at(0)).toBe(15 * 60_000);
    actor.send({ type: 'timer.start', now: 1_000 });
    expect(at(61_000)).toBe(14 * 60_000);
    actor.send({ type: 'timer.pause', now: 121_000 });
    expect(at(999_999)).toBe(13 * 60_000);
    actor.send({ type: 'timer.start', now: 200_000 });
    expect(at(200_000 + 13 * 60_000 + 5)).toBe(0);
    actor.send({ type: 'timer.reset' });
    expect(at(5_000_000)).toBe(15 * 60_000);
  });

  it('roomChoice needs a single leader', () => {
    expect(roomChoice(undefined)).toBeNull();
    expect(roomChoice({ sex: 0, gender: 0 })).toBeNull();
    expect(roomChoice({ sex: 3, gender: 3 })).toBeNull();
    expect(roomChoice({ sex: 1, gender: 3 })).toBe('gender');
  });
});
