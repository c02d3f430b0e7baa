// The lines of a text, split once. parseReport reads the same normalised text line by line in three
// steps (cells, narrative passages, the report's date), and every split allocates a string per line.

let lastText: string | undefined
let lastLines: readonly string[] = []

/** text.split('\n'), remembered for the most recent text; callers must not change the array. */
export function linesOf(text: string): readonly string[] {
  if (text !== lastText) {
    lastLines = text.split('\n')
    lastText = text
  }
  return lastLines
}
