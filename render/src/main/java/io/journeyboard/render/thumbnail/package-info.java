/**
 * {@link io.journeyboard.render.thumbnail.MapThumbnail}: a journey map drawn small for a home-screen tile, the map's
 * shape (stages, lanes, where the cards sit, the emotion curves) without any text, so it stays a few kilobytes for
 * any map and carries nothing a user typed.
 */
package io.journeyboard.render.thumbnail;
