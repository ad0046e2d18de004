package io.xraydesk.cli;

import java.util.List;

/** The sub-commands this build ships, in the order the help lists them. */
final class Commands {

    private Commands() {
    }

    static List<Command> all() {
        return List.of(
                new SandboxCommand(),
                new RequestCreateCommand(),
                new RequestGetCommand(),
                new RequestsListCommand(),
                new UploadCommand(),
                new QueueListCommand(),
                new QueueResumeCommand(),
                new PortfolioImportCommand(),
                new PortfolioStatusCommand(),
                new PortfolioExportCommand(),
                new ReportsCommand(),
                new WatchCommand(),
                new ExportCommand(),
                new NoteAddCommand(),
                new NoteListCommand(),
                new DecisionCommand(),
                new HistoryCommand(),
                new MemoCommand(),
                new RelayCommand());
    }
}
