/**
 * The hardened XLSX reader that every spreadsheet import goes through (card and opportunity tables,
 * feedback): zip bomb and part size guards on every read, and POI's failures said in words about the file.
 */
package io.journeyboard.sheets.xlsx;
