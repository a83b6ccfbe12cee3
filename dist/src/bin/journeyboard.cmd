@echo off
rem Runs Journeyboard from this release on Windows with Java 21 or newer: JAVA_HOME, else java on PATH.
setlocal
set "JB_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JB_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "JB_JAVA=java"
)
"%JB_JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo Journeyboard needs Java 21 or newer and found none: install one, or set JAVA_HOME to it. 1>&2
  exit /b 3
)
"%JB_JAVA%" %JOURNEYBOARD_JAVA_OPTS% -jar "%JB_HOME%\lib\journeyboard.jar" %*
exit /b %ERRORLEVEL%
