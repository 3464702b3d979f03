#!/bin/sh
# The frozen app's espeak-ng (Linux): the program in bin/ with its own libraries in lib/ and its
# data beside this script. The app's subprocesses get the user's LD_LIBRARY_PATH back
# (rthook_espeak.py), so the libraries are named here, for this program only. No dirname: the
# app may run with a bare PATH.
case $0 in */*) here=${0%/*} ;; *) here=. ;; esac
LD_LIBRARY_PATH="$here/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" ESPEAK_DATA_PATH="$here" \
  exec "$here/bin/espeak-ng" "$@"
