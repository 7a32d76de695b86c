package com.livinglink.gateway.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports of 127.0.0.1 that nothing listens on, for the gateway to bind a few seconds later. Drawn below the
 * kernels' ephemeral ranges (Linux from 32768, macOS and Windows from 49152): the ephemeral ports go to every
 * outgoing connection of the machine, so one picked there is likelier to be taken before the gateway binds it.
 */
final class FreePorts {

    private static final int LOWEST = 10_000;
    private static final int HIGHEST = 32_767;
    private static final int TRIES = 200;

    private FreePorts() {
    }

    static int pick(int... taken) {
        for (int i = 0; i < TRIES; i++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, HIGHEST + 1);
            if (!contains(taken, port) && free(port)) {
                return port;
            }
        }
        throw new GatewayException("No free port of 127.0.0.1 between " + LOWEST + " and " + HIGHEST + " in " + TRIES
                + " tries");
    }

    private static boolean free(int port) {
        try {
            new ServerSocket(port, 1, InetAddress.getLoopbackAddress()).close();
            return true;
        }
        catch (IOException taken) {
            return false;
        }
    }

    private static boolean contains(int[] ports, int port) {
        for (int taken : ports) {
            if (taken == port) {
                return true;
            }
        }
        return false;
    }
}
