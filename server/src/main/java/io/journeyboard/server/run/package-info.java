/**
 * The insight and analytics runs a workspace keeps: who ran which analysis on which file for which journey,
 * when, how it ended and its summary figures, with the whole answer stored so that a run is opened again
 * from a list instead of being forgotten when its page closes.
 */
package io.journeyboard.server.run;
