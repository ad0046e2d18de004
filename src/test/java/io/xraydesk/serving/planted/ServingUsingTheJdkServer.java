package io.xraydesk.serving.planted;

import com.sun.net.httpserver.HttpServer;

/** Respects every rule: serving knows the JDK's HTTP server and nothing of ours. */
public class ServingUsingTheJdkServer {
    HttpServer server;
}
