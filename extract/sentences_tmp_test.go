package extract

var ruSentences, enSentences []sentenceCase
