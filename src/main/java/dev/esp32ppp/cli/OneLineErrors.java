package dev.esp32ppp.cli;

import dev.esp32ppp.lab.LabException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** A failure the user can fix is one line on stderr and exit code 2; anything else is a bug, shown whole. */
final class OneLineErrors implements IExecutionExceptionHandler {
    static final int USER_ERROR = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) throws Exception {
        if (e instanceof LabException) {
            cli.getErr().println("harness: " + e.getMessage());
            return USER_ERROR;
        }
        throw e;
    }

    /** A command line picocli cannot parse: one line saying what is wrong and where the help is. */
    static final class Usage implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            CommandLine cli = e.getCommandLine();
            cli.getErr().println("harness: " + e.getMessage() + "; see ./" + cli.getCommandSpec().qualifiedName()
                    + " --help");
            return USER_ERROR;
        }
    }
}
