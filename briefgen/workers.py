"""Worker processes with a time budget per task: a task over budget costs its worker, not the run.

A stuck parse (a pathological page in C code, where no signal reaches Python) can only be
stopped from outside, so each worker is a process the parent can kill and replace. Results
come back in task order, so what is stored does not depend on which worker was faster.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any

QUEUED_PER_WORKER = 4  # tasks sent ahead to one worker, so it never waits for the parent
READY = (-1, None)
WARMING = (-2, None)  # a worker loading what it needs: its running task's clock waits
START_UP = 60.0  # seconds a new worker may take to become ready, on top of the budget
PARENT_CHECK = 1.0  # seconds an idle worker waits before it checks its parent is alive


_connection: Connection | None = None  # in a worker: the pipe to the parent


def unbudgeted(work: Callable[[], Any]) -> Any:
    """Run one-time set-up inside a task (loading dictionaries) without charging its time
    to the task's budget."""
    if _connection is None:
        return work()
    _connection.send(WARMING)
    try:
        return work()
    finally:
        _connection.send(READY)


def _serve(connection: Connection, function: Callable, initializer: Callable | None,
           initargs: tuple, parent: int) -> None:
    """A worker's loop. `parent` is the pid of the process that started it, taken there: a
    parent killed before the worker could ask (os.getppid() already 1) is still seen gone."""
    global _connection
    _connection = connection
    if initializer:
        initializer(*initargs)
    connection.send(READY)  # the budget starts once the worker is ready, not before
    while True:
        try:
            while not connection.poll(PARENT_CHECK):
                if os.getppid() != parent:
                    return  # the parent was killed: a forked worker holds its end of the pipe
            message = connection.recv()  # too, so no end of file would ever come
        except EOFError:
            return
        if message is None:
            return
        index, task = message
        connection.send((index, function(task)))


class _Worker:
    def __init__(self, context, function, initializer, initargs) -> None:
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_serve, daemon=True,
                                       args=(child, function, initializer, initargs, os.getpid()))
        self.process.start()
        child.close()
        self.queued: deque[int] = deque()  # indexes sent, oldest (running) first
        self.ready = False
        self.head_since = time.monotonic() + START_UP  # when the oldest task started, at the latest

    def send(self, index: int, task: Any) -> None:
        if not self.queued and self.ready:
            self.head_since = time.monotonic()
        self.queued.append(index)
        self.connection.send((index, task))

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.connection.send(None)
            except (OSError, ValueError):
                self.process.kill()
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.connection.close()


def run_with_budget(function: Callable[[Any], Any], tasks: Iterable[Any], *, workers: int,
                    timeout: float, on_timeout: Callable[[Any], Any],
                    on_crash: Callable[[Any], Any], window: int = 512,
                    initializer: Callable | None = None, initargs: tuple = ()) -> Iterator[Any]:
    """`function(task)` for every task in worker processes, yielded in task order.

    A task still running `timeout` seconds after it started yields `on_timeout(task)` and its
    worker is killed and replaced; a worker that dies yields `on_crash(task)` for the task it
    was running. At most `window` tasks are in flight or waiting to be yielded.
    """
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    source = iter(tasks)
    tasks_by_index: dict[int, Any] = {}
    retry: deque[int] = deque()  # tasks a killed worker had queued behind the one it ran
    done: dict[int, Any] = {}
    next_index = next_yield = 0
    exhausted = False
    pool = [_Worker(context, function, initializer, initargs) for _ in range(max(1, workers))]
    try:
        while True:
            # Fill the workers, oldest retried tasks first, within the window.
            for worker in pool:
                while len(worker.queued) < QUEUED_PER_WORKER:
                    if retry:
                        index = retry.popleft()
                    elif not exhausted and next_index - next_yield < window:
                        try:
                            tasks_by_index[next_index] = next(source)
                        except StopIteration:
                            exhausted = True
                            break
                        index, next_index = next_index, next_index + 1
                    else:
                        break
                    worker.send(index, tasks_by_index[index])
            while next_yield in done:
                yield done.pop(next_yield)
                tasks_by_index.pop(next_yield, None)
                next_yield += 1
            if exhausted and not retry and next_yield == next_index:
                return
            busy = {worker.connection: worker for worker in pool if worker.queued}
            now = time.monotonic()
            first_deadline = min(worker.head_since + timeout for worker in busy.values())
            for connection in wait(list(busy), max(0.0, first_deadline - now)):
                worker = busy[connection]
                try:
                    index, result = connection.recv()
                except (EOFError, OSError):
                    _replace(pool, worker, context, function, initializer, initargs, retry,
                             done, tasks_by_index, on_crash)
                    continue
                worker.head_since = time.monotonic()
                if (index, result) == WARMING:
                    worker.head_since += START_UP
                    continue
                if (index, result) == READY:
                    worker.ready = True
                    continue
                worker.queued.popleft()
                done[index] = result
            now = time.monotonic()
            for worker in list(pool):
                if worker.queued and now - worker.head_since > timeout:
                    _replace(pool, worker, context, function, initializer, initargs, retry,
                             done, tasks_by_index, on_timeout, kill=True)
    finally:
        for worker in pool:
            worker.stop(kill=bool(worker.queued))


def _replace(pool, worker, context, function, initializer, initargs, retry, done,
             tasks_by_index, verdict, kill: bool = False) -> None:
    """Give up on the worker's running task, requeue the rest, start a fresh worker."""
    worker.stop(kill=True)
    head = worker.queued.popleft()
    done[head] = verdict(tasks_by_index[head])
    retry.extendleft(reversed(worker.queued))
    pool[pool.index(worker)] = _Worker(context, function, initializer, initargs)
