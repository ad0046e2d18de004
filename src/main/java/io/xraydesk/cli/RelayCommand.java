package io.xraydesk.cli;

import io.xraydesk.api.RetryPolicy;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.relay.Relay;
import io.xraydesk.store.TeamDatabase;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code relay}: the team's relay (docs/team.md, "The relay"), headless, until the process is stopped
 * (SIGTERM: the shutdown hook stops taking deliveries, lets the call in flight end and closes the
 * database). Signs in as every command does ({@code OCTOBER_*}); the team database as {@code request
 * create} finds it, or {@code --team-db}.
 */
final class RelayCommand implements Command {

    private static final Set<String> OPTIONS = Set.of(CliContext.TEAM_DB_OPTION, "listen", "public-url",
            "business-id", "calls-per-second");
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{24}");

    @Override
    public List<String> words() {
        return List.of("relay");
    }

    @Override
    public String summary() {
        return "receive October's webhooks and poll the API for a team, into the team database";
    }

    @Override
    public String usage() {
        return "--team-db <url> --listen <host:port> [--public-url <https url>] [--business-id <id>]"
                + " [--calls-per-second N]";
    }

    @Override
    public int run(CliContext context, Args args) throws InterruptedException {
        Args options = args.allowOnly(OPTIONS);
        if (!options.positionals().isEmpty()) {
            throw new UsageException("unexpected argument '" + options.positionals().get(0) + "'");
        }
        Relay.Config config = config(options);
        TeamDatabase team = context.openTeamDatabase().orElseThrow(() -> new UsageException(
                "no team database: give --team-db or set XRAYDESK_TEAM_DB"));
        Relay relay;
        try {
            relay = Relay.start(config, context.client(RetryPolicy.none()), team, context.out(), Clock.systemUTC());
        } catch (RuntimeException failed) {
            team.close();
            throw failed;
        }
        return UntilStopped.serve("relay-shutdown", () -> {
            stop(relay, team);
            context.out().println("Relay stopped");
            context.out().flush();
        }, () -> {
            InetSocketAddress bound = relay.address();
            // Plain English on purpose: scripts and docs/team.md match this line.
            context.out().println("Relay listening on http://" + hostText(bound) + ":" + bound.getPort());
            context.out().flush();
        });
    }

    private static void stop(Relay relay, TeamDatabase team) {
        try {
            relay.close();
        } finally {
            team.close();
        }
    }

    private static Relay.Config config(Args options) {
        InetSocketAddress listen = listenAddress(options.require("listen"));
        Optional<URI> publicUrl = options.option("public-url").map(RelayCommand::publicUrl);
        Optional<String> businessId = options.option("business-id").map(String::strip);
        if (businessId.isPresent() && !OBJECT_ID.matcher(businessId.get()).matches()) {
            throw new UsageException("--business-id must be 24 hexadecimal characters, got \"" + businessId.get()
                    + "\"");
        }
        WatchPolicy policy = WatchPolicy.defaults().withCallsPerSecond(options.positiveNumber("calls-per-second",
                WatchPolicy.defaults().callsPerSecond()));
        try {
            return new Relay.Config(listen, publicUrl, businessId, policy);
        } catch (IllegalArgumentException refused) {
            throw new UsageException(refused.getMessage());
        }
    }

    /** {@code host:port}, {@code [v6]:port}; port 0 picks a free one. */
    static InetSocketAddress listenAddress(String text) {
        URI uri;
        try {
            uri = new URI("http://" + text.strip());
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || uri.getPort() < 0 || uri.getRawPath().length() > 0
                || uri.getRawUserInfo() != null) {
            throw new UsageException("--listen expects host:port (e.g. 127.0.0.1:8095), got \"" + text + "\"");
        }
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        return new InetSocketAddress(host, uri.getPort());
    }

    /**
     * October posts to it over the Internet: HTTPS, no credentials in it. Plain HTTP only to this
     * machine's loopback, where the sandbox stands in for October.
     */
    private static URI publicUrl(String text) {
        try {
            URI uri = new URI(text.strip());
            boolean secure = "https".equals(uri.getScheme())
                    || ("http".equals(uri.getScheme()) && uri.getHost() != null && isLoopback(uri.getHost()));
            if (secure && uri.getHost() != null && uri.getRawUserInfo() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw new UsageException("--public-url expects an https:// address without credentials, got \"" + text
                + "\"");
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("[::1]") || host.startsWith("127.");
    }

    private static String hostText(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
