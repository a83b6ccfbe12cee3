/**
 * The {@code journeyboard} command line: {@link io.journeyboard.cli.Main} builds the picocli command tree under
 * {@link io.journeyboard.cli.JourneyboardCommand}, one subcommand per feature package. The shared pieces of every
 * command live here: {@code UserErrorHandler} (one line and exit code 1, never a stack trace),
 * {@link io.journeyboard.cli.OutputFile} (all-or-nothing writes), {@link io.journeyboard.cli.ProgressBar} and
 * {@link io.journeyboard.cli.VersionProvider}. The CLI is a front: it parses flags and prints, while the policies it
 * applies (which journey, a journey as funnel, validation) sit in the libraries below it.
 */
package io.journeyboard.cli;
