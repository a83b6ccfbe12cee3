package io.journeyboard.server.http;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds routes to the app and remembers them, so that the OpenAPI document can be checked against
 * what is really served.
 */
public final class Routes {

    /** One served operation, with its path in Javalin's {@code {param}} syntax. */
    public record Route(HandlerType method, String path) {}

    private final Javalin app;
    private final String prefix;
    private final List<Route> added;

    public Routes(Javalin app, String prefix) {
        this(app, prefix, new ArrayList<>());
    }

    private Routes(Javalin app, String prefix, List<Route> added) {
        this.app = app;
        this.prefix = prefix;
        this.added = added;
    }

    public void get(String path, Handler handler) {
        add(HandlerType.GET, path, handler);
    }

    public void post(String path, Handler handler) {
        add(HandlerType.POST, path, handler);
    }

    public void put(String path, Handler handler) {
        add(HandlerType.PUT, path, handler);
    }

    public void patch(String path, Handler handler) {
        add(HandlerType.PATCH, path, handler);
    }

    public void delete(String path, Handler handler) {
        add(HandlerType.DELETE, path, handler);
    }

    private void add(HandlerType method, String path, Handler handler) {
        app.addHttpHandler(method, prefix + path, handler);
        added.add(new Route(method, prefix + path));
    }

    /** Every route added so far. */
    public List<Route> all() {
        return List.copyOf(added);
    }
}
