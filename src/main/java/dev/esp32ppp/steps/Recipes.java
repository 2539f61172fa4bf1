package dev.esp32ppp.steps;

import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.lab.CommandResult;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.Node;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

/**
 * Applies a recipe to a running lab as a scenario does (and the API's {@code applyRecipe}): a
 * {@code recipe} event first, so that checks of events and frames count from it, then the file
 * run on its node (or the octets put on its cable), then its output, when it has any and
 * succeeded, as a {@code recipe-output} event.
 */
public final class Recipes {
    private Recipes() {
    }

    /** Applies the recipe; a failure is its exit code and output, not an exception. */
    public static CommandResult apply(Lab lab, Steps.Recipe recipe) {
        lab.events().record(recipe.node(), EventKind.RECIPE, recipe.what());
        CommandResult applied = recipe.send() != null ? send(lab, recipe) : runScript(lab.node(recipe.node()), recipe);
        if (applied.ok() && !applied.output().isBlank()) {
            lab.events().record(recipe.node(), EventKind.RECIPE_OUTPUT, Checks.abbreviate(applied.output()));
        }
        return applied;
    }

    /** Puts a recipe's octets on the line from its node's UART; a cable already closed fails the recipe. */
    private static CommandResult send(Lab lab, Steps.Recipe recipe) {
        try {
            lab.send(recipe.node(), recipe.send());
            return new CommandResult(0, "");
        } catch (IOException e) {
            return new CommandResult(1, "the line took no octets: " + e.getMessage());
        }
    }

    /**
     * Runs a recipe as sh runs a script: line by line, on past a failing line, with the exit
     * code of the last. In a container /proc/sys is read-only, so a recipe's
     * {@code echo 1 > /proc/sys/net/ipv4/ip_forward} fails there; the router forwards already.
     */
    private static CommandResult runScript(Node node, Steps.Recipe recipe) {
        String content;
        try {
            content = Files.readString(recipe.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String script = recipe.installAt() == null ? content
                : "cat > " + recipe.installAt() + " <<'ESP32PPP_RECIPE'\n" + content + "ESP32PPP_RECIPE\n";
        return node.shell(script, Duration.ofSeconds(30));
    }
}
