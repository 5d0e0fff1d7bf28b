"""A tiny asyncio TCP proxy for fault tests: put it between the bot and PostgreSQL, Redis or the
Bot API, then ``cut()`` it to simulate an outage without touching the shared servers.

``cut()`` drops every open connection and refuses new ones (the listening socket is closed, so a
client gets "connection refused"); ``restore()`` listens again on the same port. Everything is on
loopback.
"""

import asyncio
import contextlib
import socket
from typing import Self

from tests.service import Service

CHUNK = 64 * 1024


class TcpProxy(Service):
    """``async with TcpProxy(host, port) as proxy:`` forwards ``proxy.port`` to host:port."""

    def __init__(self, target_host: str, target_port: int, host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self.host = host
        self.port = 0
        self.accepted = 0  # connections accepted so far (while not cut)
        self._server: asyncio.Server | None = None
        self._pipes: set[asyncio.Task[None]] = set()
        self._writers: set[asyncio.StreamWriter] = set()

    @property
    def is_cut(self) -> bool:
        return self._server is None

    async def start(self) -> Self:
        await self._listen()
        return self

    async def _listen(self) -> None:
        server = await asyncio.start_server(
            self._on_client, self.host, self.port, reuse_address=True
        )
        if not self.port:
            sock: socket.socket = server.sockets[0]
            self.port = sock.getsockname()[1]
        self._server = server

    async def _on_client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.accepted += 1
        self._writers.add(writer)
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            self._writers.discard(writer)
            writer.close()
            return
        self._writers.add(up_writer)
        pipes = [
            asyncio.create_task(self._pipe(reader, up_writer)),
            asyncio.create_task(self._pipe(up_reader, writer)),
        ]
        self._pipes.update(pipes)
        try:
            await asyncio.wait(pipes, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for pipe in pipes:
                pipe.cancel()
            await asyncio.gather(*pipes, return_exceptions=True)
            self._pipes.difference_update(pipes)
            for each in (writer, up_writer):
                self._writers.discard(each)
                each.close()
                with contextlib.suppress(OSError, asyncio.CancelledError):
                    await each.wait_closed()

    @staticmethod
    async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(OSError):
            while data := await reader.read(CHUNK):
                writer.write(data)
                await writer.drain()

    def _drop_connections(self) -> None:
        for writer in list(self._writers):
            transport = writer.transport
            transport.abort()  # RST-like: the peer sees the connection die, no clean close
        for pipe in list(self._pipes):
            pipe.cancel()

    async def cut(self) -> None:
        """Stop listening and kill every open connection: the service is "down"."""
        server, self._server = self._server, None
        if server is not None:
            server.close()
        self._drop_connections()
        if server is not None:
            await server.wait_closed()
        await asyncio.sleep(0)  # let the connection handlers see their pipes end

    async def restore(self) -> None:
        """Listen again on the same port: the service is back."""
        if self._server is None:
            await self._listen()

    async def stop(self) -> None:
        await self.cut()
        # Handlers end once their pipes are cancelled; give them a moment to close sockets.
        for _ in range(50):
            if not self._writers:
                break
            await asyncio.sleep(0.01)
