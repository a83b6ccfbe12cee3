/**
 * Map files: {@link io.journeyboard.cli.map.NewCommand} starts one from a template listed by
 * {@link io.journeyboard.cli.map.TemplatesCommand}, {@link io.journeyboard.cli.map.ValidateCommand} lists every
 * problem of each file, and {@link io.journeyboard.cli.map.ConvertCommand} turns JSON into Mermaid and back.
 * {@link io.journeyboard.cli.map.MapFiles} reads and writes map files by extension, each write all or nothing, for the
 * other commands too.
 */
package io.journeyboard.cli.map;
