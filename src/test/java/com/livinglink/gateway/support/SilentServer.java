package com.livinglink.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A dependency that takes connections and never answers (frozen, or behind a partition): the system completes
 * the handshakes into the socket's backlog, and nothing ever reads or writes them. Close it after the class.
 */
public final class SilentServer implements AutoCloseable {

    private final ServerSocket socket;

    public SilentServer() {
        try {
            this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
