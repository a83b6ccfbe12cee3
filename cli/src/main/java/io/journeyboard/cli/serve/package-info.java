/**
 * {@code journeyboard serve}: {@link io.journeyboard.cli.serve.ServeCommand} runs the server until Ctrl-C and then
 * stops it gracefully. {@code ServeSettings} is the one place that decides where an option comes from when the command
 * line does not give it: an environment variable, then a settings file, then the default.
 */
package io.journeyboard.cli.serve;
