/** The {@code seogen} command: its subcommands, exit codes, and the wiring of every module. */
@NullMarked
package dev.seogen.cli;

import org.jspecify.annotations.NullMarked;
