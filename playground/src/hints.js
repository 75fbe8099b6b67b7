// hints.js — a line of plain language under the report of an error a beginner meets often:
// what it usually means and what to try. The traceback says what happened, in Python's
// words, which a search finds; the hint says it for someone who has not met it before.
// Each hint is keyed on the error's type and message, as the playground and the notebook
// get them from a run (or, for a notebook's saved outputs, from its ename and evalue).

const NUMBER_AND_TEXT = /'(int|float)' and 'str'|'str' and '(int|float)'|can only concatenate str \(not "(int|float)"\) to str/;

// [test of { type, message }, hint], the first that matches wins.
const HINTS = [
    [({ type, message }) => type === 'IndentationError' && message.startsWith('expected an indented block'),
        'A line that ends with ":" (if, for, while, def, class, ...) starts a block: the lines ' +
        'that belong to it come next, indented by the same amount, usually 4 spaces.'],
    [({ type, message }) => type === 'IndentationError' && message === 'unexpected indent',
        'This line is indented more than the one before it, but no ":" opened a block there: ' +
        'remove the spaces at its start, or check the line above.'],
    [({ type }) => type === 'IndentationError' || type === 'TabError',
        'The lines of one block must start at the same column. Line this one up with the ' +
        'block it belongs to, using spaces only (4 per level).'],
    [({ type, message }) => type === 'SyntaxError' && /instead of '='\?$/.test(message),
        'One "=" stores a value in a name (x = 5). To compare two values, write "==": ' +
        'if x == 5:'],
    [({ type, message }) => type === 'SyntaxError' && message === "expected ':'",
        'A line that starts a block (if, elif, else, for, while, def, class, try, except, ' +
        'with) ends with a colon: if x > 0:'],
    [({ type, message }) => type === 'TypeError' && NUMBER_AND_TEXT.test(message),
        'Python does not turn numbers into text, or text into numbers, by itself. To join ' +
        'them as text write str(n) or an f-string, f"total: {n}"; to compute, turn the text ' +
        'into a number with int(text) or float(text).'],
    [({ type, message }) => type === 'IndexError' && message.endsWith('index out of range'),
        'The index is past the end. A sequence of n items has the indexes 0 to n - 1 (and -1 ' +
        'to -n from the end): compare the index with len(...). A loop over range(len(x) + 1) ' +
        'goes one step too far.'],
    [({ type }) => type === 'KeyError',
        'The dictionary has no such key. Check its spelling and type ("1" is not 1); test ' +
        'with `if key in d:` first, or use d.get(key), which gives None instead of an error.'],
    [({ type, message }) => type === 'TypeError' && message === "'NoneType' object is not callable",
        'What is called here is None: a name that holds None, or the result of a function ' +
        'that returns nothing. A method like list.sort() changes the list and returns None, ' +
        'so its result cannot be called or used.'],
    [({ type }) => type === 'UnboundLocalError',
        'The function assigns to this name, so the name is local to the whole function, ' +
        'even before that assignment runs. To change a variable of the program, write ' +
        '`global name` at the top of the function, or pass the value in and return the new one.'],
    [({ type }) => type === 'RecursionError',
        'A function called itself again and again without end. Each call should get closer ' +
        'to a case that returns without calling itself (if n == 0: return 1).'],
    [({ type, message }) => (type === 'TypeError' || type === 'AttributeError') && /NoneType/.test(message),
        'A value used here is None. A function that ends without `return value` gives back ' +
        'None: check that the function this value came from returns its result (and that ' +
        'you did not keep the result of a method like list.sort(), which is None).'],
];

/** The hint for `error` ({ type, message }), or null when it is not one of those errors. */
export function hintFor(error) {
    if (!error?.type) return null;
    const e = { type: error.type, message: error.message ?? '' };
    for (const [test, hint] of HINTS) if (test(e)) return `Hint: ${hint}`;
    return null;
}
