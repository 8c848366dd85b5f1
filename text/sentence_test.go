package text

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOrdinalDayEndsNoSentence holds the full stop of a day written as
// an ordinal ("15. Mai") to the sentence it stands in, where a number at a
// sentence's end still ends it.
func TestOrdinalDayEndsNoSentence(t *testing.T) {
	tests := []struct {
		in   string
		want []string
		why  string
	}{
		{"Ab dem 15. Mai gibt es Akkus. Gut.", []string{"Ab dem 15. Mai gibt es Akkus.", "Gut."}, "a day and its month"},
		{"Ab dem 15.\nMai gibt es Akkus. Gut.", []string{"Ab dem 15.\nMai gibt es Akkus.", "Gut."}, "a hard-wrapped line between the day and its month"},
		{"Es waren 15. Dann kam mehr.", []string{"Es waren 15.", "Dann kam mehr."}, "a number that ends a sentence, no month after it"},
		{"Es waren 15.\nDann kam mehr.", []string{"Es waren 15.", "Dann kam mehr."}, "a number that ends a line and a sentence"},
		{"Die Latenz im 99. Perzentil sinkt. Gut.", []string{"Die Latenz im 99. Perzentil sinkt.", "Gut."}, "an ordinal after a German article joined to its preposition"},
		{"Am 3. Spieltag fiel es. Gut.", []string{"Am 3. Spieltag fiel es.", "Gut."}, "and after one that opens the sentence"},
		{"Sales rose to 99. The next day they fell.", []string{"Sales rose to 99.", "The next day they fell."}, "an English number that ends a sentence"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, splitTexts(tt.in))
		})
	}
}

// A quotation mark of another language opens a sentence after a stop as
// "“" does: German „ and », Spanish ¿ and ¡.
func TestOtherLanguagesOpeningMarks(t *testing.T) {
	tests := []struct {
		in   string
		want []string
		why  string
	}{
		{"Sie kündigte Schritte an. „Das Gericht irrt“, sagte sie.", []string{"Sie kündigte Schritte an.", "„Das Gericht irrt“, sagte sie."}, "German low opening quote"},
		{"Sie kündigte Schritte an. »Das Gericht irrt«, sagte sie.", []string{"Sie kündigte Schritte an.", "»Das Gericht irrt«, sagte sie."}, "German guillemet opening"},
		{"Lo anunció ayer. ¿Habrá recurso? No.", []string{"Lo anunció ayer.", "¿Habrá recurso?", "No."}, "Spanish opening question mark"},
		{"He left. the rest stayed.", []string{"He left. the rest stayed."}, "a lower-case word after a stop opens nothing"},
		{"Trains run on Ferrovie Alpine S.p.A. (FAR) lines. Gut.", []string{"Trains run on Ferrovie Alpine S.p.A. (FAR) lines.", "Gut."}, "a company form's stops end no sentence"},
		{"Price: EUR 36,500 (incl. VAT) / USD 38,900. Gut.", []string{"Price: EUR 36,500 (incl. VAT) / USD 38,900.", "Gut."}, "incl. ends no sentence"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, splitTexts(tt.in))
		})
	}
}

// splitTexts returns the sentences of a paragraph as text.
func splitTexts(in string) []string {
	var got []string
	for _, s := range SplitSentences(Original(in, 0)) {
		got = append(got, s.S)
	}
	return got
}

// An abbreviated title ends no sentence ("said Det. Lt. Ruiz"), but one
// that is a word of its own too ends it written in lower case: Danish
// "det", Swedish "maj", English "brig".
func TestTitleAbbreviations(t *testing.T) {
	tests := []struct {
		in   string
		want []string
		why  string
	}{
		{"It was done, said Det. Lt. Ana Ruiz. Then she left.", []string{"It was done, said Det. Lt. Ana Ruiz.", "Then she left."}, "two titles abbreviated before a name"},
		{"The mate was held in the brig. Nine people died.", []string{"The mate was held in the brig.", "Nine people died."}, "a word that is also an abbreviation, in lower case, ends the sentence"},
		{"Politiet vil ikke sige mere om det. 9 personer døde.", []string{"Politiet vil ikke sige mere om det.", "9 personer døde."}, "Danish det at a sentence's end"},
		{"De fördes till sjukhus i maj. 9 personer dog.", []string{"De fördes till sjukhus i maj.", "9 personer dog."}, "Swedish maj"},
		{"It was led by Maj. Gen. Ana Ruiz. Then it ended.", []string{"It was led by Maj. Gen. Ana Ruiz.", "Then it ended."}, "capitalised, maj is a title"},
		{"The force's Const. Ana Ruiz called it a miracle. Then she left.", []string{"The force's Const. Ana Ruiz called it a miracle.", "Then she left."}, "a constable's title abbreviated"},
		{"Mark it const. Then build.", []string{"Mark it const.", "Then build."}, "in lower case const ends a sentence"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, splitTexts(tt.in))
		})
	}
}
