import { describe, expect, it } from 'vitest';
import { readsAsEnglish } from '../../../../src/core/nlp/language';

describe('readsAsEnglish', () => {
  it('reads English news, a results table and an empty text as English', () => {
    expect(readsAsEnglish('The minister said on Monday that the plan, which was approved by parliament, would cost more than expected.')).toBe(true);
    // Capitalised, "Los", "Las", "Del" and "El" are names, not Spanish.
    expect(readsAsEnglish('Los Angeles 72 61, Las Vegas 70 62, Del Rio 68 64, El Paso 66 66, Los Alamos 60 72, LOS ANGELES 5 LAS VEGAS 3')).toBe(true);
    expect(readsAsEnglish('')).toBe(true);
    expect(readsAsEnglish('Meeting at 5 o’clock')).toBe(true);
  });

  it('keeps English that quotes a sentence of Spanish as English', () => {
    const text =
      'The mayor of El Paso said that the city would not change the plan, and that the people who voted for it were right. ' +
      '"Es la voz del pueblo y de los que trabajan por la ciudad," he told the crowd, which cheered.';
    expect(readsAsEnglish(text)).toBe(true);
  });

  it('reads German, French, Spanish, Italian, Portuguese and Indonesian as other languages', () => {
    const texts = [
      'Die Regierung hat am Montag erklärt, dass die Reform nicht vor dem Sommer in Kraft treten wird. Die Opposition ist mit dem Plan nicht einverstanden und will sich an das Gericht wenden.',
      'Le gouvernement a déclaré lundi que la réforme des retraites ne sera pas votée avant l’été. Les syndicats sont contre le projet et appellent à une grève pour la fin du mois.',
      'El gobierno dijo el lunes que la reforma de las pensiones no se votará antes del verano. Los sindicatos están en contra y convocan una huelga para el final del mes.',
      'Il governo ha detto lunedì che la riforma delle pensioni non sarà votata prima dell’estate. I sindacati sono contrari e hanno indetto uno sciopero per la fine del mese, con il sostegno della sinistra.',
      'O governo disse na segunda-feira que a reforma da previdência não será votada antes do verão. Os sindicatos são contra o projeto e convocaram uma greve para o fim do mês.',
      'Pemerintah mengatakan pada hari Senin bahwa reformasi itu tidak akan dilakukan dalam waktu dekat. Serikat pekerja yang menolak rencana ini akan melakukan mogok dan demonstrasi dengan tuntutan untuk membatalkan.',
    ];
    expect(texts.map(readsAsEnglish)).toEqual(texts.map(() => false));
  });

  it('reads a text mostly in another script as another language', () => {
    expect(readsAsEnglish('Правительство заявило в понедельник, что реформа не будет принята до лета.')).toBe(false);
    expect(readsAsEnglish('정부는 월요일 개혁안이 여름 전에는 통과되지 않을 것이라고 밝혔다.')).toBe(false);
  });
});
