package morph

import (
	"strings"
	"testing"
)

// Names whose first name is not in any list: the case is read from the
// endings of all the words together.
func TestUnknownNameLemma(t *testing.T) {
	for _, c := range []struct{ lang, in, want string }{
		{"ru", "Эдвин Хардман", "Эдвин Хардман"},
		{"ru", "Эдвина Хардмана", "Эдвин Хардман"},
		{"ru", "Гаррета Рейсмана", "Гаррет Рейсман"},
		{"ru", "Кирсана Илюмжинова", "Кирсан Илюмжинов"},
		{"ru", "Деуэйну Джонсону", "Деуэйн Джонсон"},
		{"ru", "Ли Харрисом", "Ли Харрис"},
		{"ru", "Хулианой Авада", "Хулиана Авада"},
		{"ru", "Антонеллой Рокуццо", "Антонелла Рокуццо"},
		{"ru", "Мишель Обамой", "Мишель Обама"},
		{"ru", "Коффи Коджа", "Коффи Коджа"},
		{"ru", "Тору Камикава", "Тору Камикава"},
		{"ru", "Киран Гиббс", "Киран Гиббс"},
		{"ru", "Рокко Санто Филиппоне", "Рокко Санто Филиппоне"},
		{"uk", "Івану Ішманову", "Іван Ішманов"},
		{"uk", "Мирославою Гонгадзе", "Мирослава Гонгадзе"},
		{"uk", "Вайдотасом Юркусом", "Вайдотас Юркус"},
		{"uk", "Ференцом Ковачем", "Ференц Ковач"},
		{"uk", "Ігорем Ващишиним", "Ігор Ващишин"},
		{"en", "Edwin Hardman", "Edwin Hardman"},
	} {
		n := UnknownNameLemma(c.lang, strings.Fields(c.in))
		if got := strings.Join(strings.Fields(n.First+" "+n.Middle+" "+n.Last), " "); got != c.want {
			t.Errorf("UnknownNameLemma(%s, %q) = %q, want %q", c.lang, c.in, got, c.want)
		}
	}
}

func TestUnknownNameLemmaMore(t *testing.T) {
	for _, c := range []struct{ lang, in, want string }{
		{"ru", "Асии Биби", "Асия Биби"},
		{"ru", "Асию Биби", "Асия Биби"},
		{"ru", "Асия Биби", "Асия Биби"},
		{"ru", "Кейли Макинэни", "Кейли Макинэни"},
		{"ru", "Ивонна Мальдонадо", "Ивонна Мальдонадо"},
		{"ru", "Фабио Панетта", "Фабио Панетта"},
		{"ru", "Хорстом Зеехофером", "Хорст Зеехофер"},
	} {
		n := UnknownNameLemma(c.lang, strings.Fields(c.in))
		if got := strings.Join(strings.Fields(n.First+" "+n.Middle+" "+n.Last), " "); got != c.want {
			t.Errorf("UnknownNameLemma(%s, %q) = %q, want %q", c.lang, c.in, got, c.want)
		}
	}
}
