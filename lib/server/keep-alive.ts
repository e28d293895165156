/**
 * How long server.ts keeps an idle keep-alive connection open. nginx, in front, must let
 * its own idle connections to the servers go sooner (`keepalive_timeout` of the upstream
 * in deploy/nginx.conf; tests/unit/keep-alive.test.ts holds the two apart): otherwise it
 * can send a request down a connection Node is closing, and the request is reset.
 */
export const SERVER_KEEP_ALIVE_MS = 5_000;
