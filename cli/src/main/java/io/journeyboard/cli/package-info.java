/**
 * The {@code journeyboard} command line: {@link io.journeyboard.cli.Main} builds the picocli command tree under {@link
 * io.journeyboard.cli.JourneyboardCommand}, one subcommand per feature package. The shared pieces of every command
 * live here: {@link io.journeyboard.cli.UserErrorHandler} (one line and exit code 1, never a stack trace), {@link
 * io.journeyboard.cli.OutputFile} (all-or-nothing writes), {@link io.journeyboard.cli.ProgressBar} and {@link
 * io.journeyboard.cli.VersionProvider}. The CLI is a front: it phrases messages with its flags, while the policies sit
 * in the libraries below it.
 */
package io.journeyboard.cli;
