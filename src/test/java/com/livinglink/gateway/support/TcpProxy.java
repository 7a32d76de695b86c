package com.livinglink.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on loopback between the gateway and a server it depends on, which a test turns into an
 * outage: {@link #blackhole()} keeps every connection open but carries no byte either way (a frozen
 * server, a network partition), {@link #cut()} closes every connection and resets new ones (a server that
 * went away), {@link #restore()} carries traffic again for new connections. {@link #delay(Duration)} makes the
 * server slow rather than gone: every chunk of bytes, either way, is held that long before it is passed on.
 */
public final class TcpProxy implements AutoCloseable {

    public enum Mode { FORWARD, BLACKHOLE, CUT }

    private final InetSocketAddress target;
    private final ServerSocket listener;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile Mode mode = Mode.FORWARD;
    private volatile long delayMillis;

    public TcpProxy(String targetHost, int targetPort) {
        this.target = new InetSocketAddress(targetHost, targetPort);
        try {
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        var acceptor = new Thread(this::accept, "tcp-proxy-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Holds every chunk this long before passing it on (zero: none), on open connections too. */
    public void delay(Duration delay) {
        delayMillis = delay.toMillis();
    }

    public void blackhole() {
        mode = Mode.BLACKHOLE;
    }

    public void cut() {
        mode = Mode.CUT;
        closeAll();
    }

    /** Forwards again; connections from an outage are closed, as the real outage would have left them. */
    public void restore() {
        if (mode != Mode.FORWARD) {
            closeAll();
        }
        mode = Mode.FORWARD;
    }

    @Override
    public void close() {
        try {
            listener.close();
        }
        catch (IOException ignored) {
            // closing anyway
        }
        closeAll();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                var client = listener.accept();
                switch (mode) {
                    case CUT -> reset(client);
                    case BLACKHOLE -> sockets.add(client);
                    case FORWARD -> connect(client);
                }
            }
            catch (IOException closed) {
                return;
            }
        }
    }

    private void connect(Socket client) {
        sockets.add(client);
        try {
            var server = new Socket();
            sockets.add(server);
            server.connect(target, 2000);
            pump(client, server);
            pump(server, client);
        }
        catch (IOException unreachable) {
            reset(client);
        }
    }

    private void pump(Socket from, Socket to) {
        var thread = new Thread(() -> {
            var buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    long delay = delayMillis;
                    if (delay > 0) {
                        Thread.sleep(delay);
                    }
                    // Blackholed: the bytes are swallowed, and the connection stays open and silent. Cut: a
                    // connection accepted just as the cut closed the others is closed too, not left silent.
                    var now = mode;
                    if (now == Mode.CUT) {
                        return;
                    }
                    if (now == Mode.FORWARD) {
                        out.write(buffer, 0, read);
                        out.flush();
                    }
                }
            }
            catch (IOException closed) {
                // one side went away: so does the other
            }
            catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            finally {
                close(from);
                close(to);
            }
        }, "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private void closeAll() {
        sockets.forEach(this::close);
    }

    private void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        }
        catch (SocketException ignored) {
            // closed already
        }
        close(socket);
    }

    private void close(Socket socket) {
        sockets.remove(socket);
        try {
            socket.close();
        }
        catch (IOException ignored) {
            // closed already
        }
    }
}
