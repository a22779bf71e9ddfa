#!/usr/bin/env zsh
# zsh-complete.zsh SCRIPT LINE...: the matches zsh's completion finds at
# the end of each LINE, one a line, with SCRIPT (a #compdef file) loaded
# by compinit as it would be from fpath; a line "-- LINE" before each
# line's matches.  Completion runs only in the line editor, so a second
# zsh runs on a pseudo-terminal (zpty), and a compadd of ours there prints
# each match it is given as it adds it.  Exit 2 when that zsh cannot be
# driven; tests/completion.t uses it.
emulate -L zsh
setopt err_return no_unset
zmodload zsh/zpty

script=${1:?usage: zsh-complete.zsh SCRIPT LINE...}
shift
fdir=$(mktemp -d "${TMPDIR:-/tmp}/zsh-complete.XXXXXX")
trap 'zpty -d zc 2>/dev/null; rm -rf -- $fdir' EXIT
# compinit takes a file of fpath for the command its #compdef line names
read -r first <$script
if [[ $first != '#compdef '?* ]]; then
	print -u2 "zsh-complete.zsh: $script does not start with a #compdef line"
	exit 2
fi
cp -- $script $fdir/_${${=first}[2]}

# zc_read MARK: the pty's lines up to one holding MARK; false after 20 s.
zc_read() {
	local line start=$SECONDS
	while (( SECONDS - start < 20 )); do
		zpty -rt zc line 2>/dev/null || { sleep 0.05; continue; }
		line=${${line//$'\r'/}%$'\n'}
		[[ $line == *$1* ]] && return 0
		[[ $line == *'@@M '* ]] && print -r -- ${line#*@@M }
	done
	print -u2 "zsh-complete.zsh: no '$1' from the driven zsh"
	return 1
}

zpty zc zsh -f -i
zpty -w zc "PS1='' PROMPT='' RPROMPT='' fpath=($fdir \$fpath)"
zpty -w zc 'unsetopt auto_list list_ambiguous list_beep beep auto_menu menu_complete'
zpty -w zc 'autoload -Uz compinit && compinit -u -D'
# every match given to compadd is printed; calls that only ask which
# would match (-O, -A, -D) are the completion system's own
zpty -w zc 'compadd() { local -a _zc_m; if [[ ${(j: :)@[1,(i)(-|--)]} == *-[OAD]* ]]; then builtin compadd "$@"; return; fi; builtin compadd -A _zc_m "$@"; print -rl -- ${^_zc_m/#/@@M }; builtin compadd "$@" }'
zpty -w zc '_zc_tab() { print -r -- $'"'"'\n@@BEGIN'"'"'; zle complete-word; print -r -- @@DONE }'
zpty -w zc 'zle -N _zc_tab; bindkey "^I" _zc_tab; print @@REA""DY'
zc_read @@READY >/dev/null

for l in "$@"; do
	print -r -- "-- $l"
	zpty -w -n zc "$l"$'\t'
	zc_read @@DONE
	zpty -w -n zc $'\x15'	# ^U: an empty line for the next
done
