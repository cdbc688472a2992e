-- Each strategy of the library in Spanish as well as English: its name, the description for
-- consultants, the client's steps (one per line) and how often. Empty Spanish columns mean "not
-- translated yet": the library marks the strategy, and a Spanish-speaking client's plan starts
-- from the English text. The seeded strategies (V20) get their Spanish here, where an admin has
-- not renamed them. Terms: docs/glossary-es.md.

ALTER TABLE strategy ADD COLUMN name_es VARCHAR(120);
ALTER TABLE strategy ADD COLUMN description_es TEXT;
ALTER TABLE strategy ADD COLUMN instructions_es TEXT;
ALTER TABLE strategy ADD COLUMN usual_frequency_es VARCHAR(120);

UPDATE strategy SET name_es = 'Respiración profunda',
description_es = 'Respirar lenta y profundamente reduce la respuesta al estrés que frena la oxitocina, así que la bajada de la leche puede llegar antes. Útil cuando el estrés o la ansiedad retrasan la bajada y como primera herramienta sencilla para toda clienta; también la ayuda a sobrellevar un comienzo doloroso de la toma.',
instructions_es = 'Siéntese o acuéstese cómodamente y deje caer los hombros.
Tome aire despacio por la nariz mientras cuenta hasta cuatro; sienta cómo sube el vientre.
Suelte el aire suavemente por la boca mientras cuenta hasta seis.
Repítalo de dos a tres minutos antes de poner a su bebé al pecho o de empezar a extraerse leche.
Siga respirando despacio durante los primeros minutos de la toma, hasta que sienta que la leche fluye.',
usual_frequency_es = 'Antes y durante cada toma o extracción'
WHERE id = 1 AND name = 'Deep breathing';

UPDATE strategy SET name_es = 'Visualización',
description_es = 'Imaginar la leche que fluye o un lugar tranquilo relaja a la clienta y puede desencadenar la bajada de la leche solo con el pensamiento, porque pensar en el bebé libera oxitocina. Ayuda con el estrés y la ansiedad, y al extraerse leche lejos del bebé.',
instructions_es = 'Cierre los ojos y respire despacio unas cuantas veces.
Imagine un lugar donde se sienta segura y tranquila, con sus sonidos y sus colores.
Ahora imagine que su leche fluye libremente, como un arroyo o una cascada suave.
Piense en su bebé: el olor de su cabecita, su peso en sus brazos.
Quédese con estas imágenes unos minutos mientras amamanta o se extrae leche.',
usual_frequency_es = 'Antes de cada toma o extracción'
WHERE id = 2 AND name = 'Visualization';

UPDATE strategy SET name_es = 'Compresas tibias',
description_es = 'El calor húmedo sobre los pechos antes de la toma relaja el tejido, alivia el dolor y la tensión y ayuda a que la leche fluya. No se recomienda aplicar calor entre tomas en un pecho inflamado o congestionado: ahí es mejor el frío.',
instructions_es = 'Moje un paño limpio en agua tibia (no caliente) y escúrralo.
Pruébelo en la parte interna de la muñeca: debe sentirse agradablemente tibio.
Colóquelo sobre el pecho de cinco a diez minutos antes de amamantar o de extraerse leche.
Mientras actúa el calor, masajee suavemente el pecho hacia el pezón.
Deténgase y avísele a su consultora si el pecho está rojo, caliente o muy adolorido.',
usual_frequency_es = 'Antes de las tomas, sobre todo la primera del día'
WHERE id = 3 AND name = 'Warm compresses';

UPDATE strategy SET name_es = 'Un ambiente tranquilo y cómodo',
description_es = 'Preparar un lugar tranquilo y cómodo para amamantar, con apoyo para la espalda y los brazos, reduce la tensión y las distracciones. Ayuda a las clientas que amamantan sobre la marcha o en lugares concurridos.',
instructions_es = 'Elija un lugar tranquilo de su casa para amamantar y téngalo siempre listo.
Apoye la espalda y los brazos con almohadas para que los hombros se puedan relajar.
Antes de empezar, tenga a mano agua, algo de comer y lo que necesite.
Baje las luces fuertes y mantenga la habitación a una temperatura agradable.
Ponga música suave si le ayuda a relajarse.',
usual_frequency_es = 'Cada toma en casa'
WHERE id = 4 AND name = 'A calm and comfortable environment';

UPDATE strategy SET name_es = 'Eliminar las distracciones',
description_es = 'Quitar pantallas, ruidos e interrupciones durante las tomas permite que la clienta preste atención a su bebé y a su cuerpo, lo que favorece la bajada de la leche. Para clientas que amamantan mientras trabajan, miran el teléfono o cuidan a otros niños.',
instructions_es = 'Ponga el teléfono en silencio y fuera de su alcance, o bocabajo.
Apague el televisor y las demás pantallas.
Pídale a su pareja o a su familia que abran la puerta y cuiden a los otros niños mientras usted amamanta.
Si se pone a pensar en pendientes, anótelos en un papel para después y vuelva a concentrarse en su bebé.',
usual_frequency_es = 'Cada toma'
WHERE id = 5 AND name = 'Eliminating distractions';

UPDATE strategy SET name_es = 'Concentrarse en el bebé y en el agarre',
description_es = 'Prestar atención consciente al bebé y a un agarre profundo refuerza el estímulo de la succión y la respuesta de la oxitocina. Para clientas distraídas o preocupadas; combínela con la enseñanza del agarre.',
instructions_es = 'Antes de ponerlo al pecho, mire a su bebé y háblele o cántele en voz baja.
Acerque a su bebé al pecho con la nariz a la altura del pezón y espere a que abra bien la boca.
Revise el agarre: labios hacia afuera, la barbilla tocando el pecho, y más areola visible por encima del labio de arriba que por debajo.
Mire y escuche cómo traga su bebé: es su leche que fluye.
Si el agarre le duele después de las primeras succiones, meta un dedo limpio por la comisura de la boca del bebé y vuelva a intentarlo.',
usual_frequency_es = 'Cada toma'
WHERE id = 6 AND name = 'Focusing on the baby and the latch';

UPDATE strategy SET name_es = 'Vínculo y contacto piel con piel',
description_es = 'El contacto piel con piel calma a la madre y al bebé y eleva la oxitocina, lo que favorece la bajada de la leche y la confianza. Útil ante el estrés y la ansiedad y en las primeras semanas.',
instructions_es = 'Quítele la ropa a su bebé, dejándole solo el pañal, y acuéstelo sobre su pecho desnudo.
Cúbranse los dos con una manta para no tener frío.
Relájese y abrace a su bebé al menos veinte minutos, aunque no sea hora de comer.
Deje que su bebé busque el pecho por sí mismo cuando esté listo.',
usual_frequency_es = 'Al menos una vez al día, y antes de las tomas cuando se pueda'
WHERE id = 7 AND name = 'Bonding and skin-to-skin contact';

UPDATE strategy SET name_es = 'Recordatorios del bebé cuando están separados',
description_es = 'Al extraerse leche lejos del bebé, recordatorios como una foto, una grabación de su llanto o una mantita con su olor desencadenan la bajada de la leche por la vista, el oído y el olfato. Para clientas que trabajan o están separadas del bebé.',
instructions_es = 'Tenga en el teléfono una foto o un video corto de su bebé para cuando se extraiga leche.
Grabe el llanto o los sonidos alegres de su bebé y escúchelos al empezar la extracción.
Lleve una mantita o una prenda que tenga el olor de su bebé y téngala cerca.
Mire, escuche y respire el olor de su bebé durante un minuto antes de la extracción y mientras se extrae leche.',
usual_frequency_es = 'Cada extracción lejos del bebé'
WHERE id = 8 AND name = 'Using the baby''s cues when apart';

UPDATE strategy SET name_es = 'Combinar el amamantamiento con la extracción',
description_es = 'Extraerse leche después de las tomas o entre ellas, con una rutina a las horas habituales de las tomas, mantiene la producción y condiciona la bajada de la leche cuando las tomas no bastan o el bebé no logra comer bien. Acuerde con la clienta las cantidades y los horarios.',
instructions_es = 'Amamante primero siempre que su bebé quiera.
Después de la toma, extráigase leche de ambos pechos durante diez a quince minutos.
Extráigase leche más o menos a las mismas horas cada día; su cuerpo aprende la rutina.
Guarde la leche en un recipiente limpio con la fecha y la hora.
Dele la leche extraída a su bebé como lo acordó con su consultora.',
usual_frequency_es = 'Después de las tomas, como lo acordó con su consultora'
WHERE id = 9 AND name = 'Combining breastfeeding with pumping';

UPDATE strategy SET name_es = 'Apoyo para el descanso y el sueño',
description_es = 'El cansancio dificulta la bajada de la leche. Planifique el descanso con la clienta y las personas que la apoyan: dormir cuando el bebé duerme, compartir el cuidado nocturno, recibir ayuda con las tareas de la casa.',
instructions_es = 'Acuéstese a descansar siempre que su bebé duerma durante el día, aunque sea veinte minutos.
Pídale a su pareja o a su familia que se encarguen de tareas como cocinar, limpiar o atender las visitas.
Por la noche, amamante acostada de lado si su consultora le enseñó cómo hacerlo.
Tome agua y coma porciones pequeñas con regularidad.
Avísele a su consultora si se siente agotada o decaída por más de unos días.',
usual_frequency_es = 'Todos los días'
WHERE id = 10 AND name = 'Rest and sleep support';

UPDATE strategy SET name_es = 'Evaluación del agarre por dolor',
description_es = 'El dolor durante las tomas inhibe la bajada de la leche; la mayor parte del dolor en el pezón viene de un agarre poco profundo o de una mala posición. Evalúe una toma completa (puntuación LATCH), corrija la posición y busque frenillo lingual corto o lesiones del pezón; derive cuando haga falta.',
instructions_es = 'Traiga a su bebé a la consulta con ganas de comer, para que podamos observar juntas una toma completa.
Mientras tanto, pruebe las posiciones que practicamos y espere a que su bebé abra bien la boca antes de prenderse.
Anote en su registro cuánto le duele cada toma, de 0 a 10.
Llame a la clínica si ve grietas, sangre o manchas blancas en el pezón, o si el dolor empeora.',
usual_frequency_es = 'En la próxima consulta, y luego en cada toma'
WHERE id = 11 AND name = 'Latch assessment for pain';

UPDATE strategy SET name_es = 'Revisión de medicamentos con quien los recetó',
description_es = 'Algunos medicamentos (por ejemplo descongestionantes, algunos anticonceptivos hormonales, sedantes) pueden afectar la bajada o la producción de leche. Pida a la clienta que revise sus medicamentos con quien se los recetó; nunca le aconseje usted misma dejar un medicamento.',
instructions_es = 'Haga una lista de todos los medicamentos, suplementos y productos de hierbas que toma, con las dosis.
Muéstrele la lista al médico o al farmacéutico que se los recetó y dígale que está amamantando.
Pregunte si alguno puede afectar su leche o la bajada de la leche, y si hay una alternativa.
No deje ningún medicamento sin hablar antes con su médico.',
usual_frequency_es = 'Una vez, en la próxima visita con quien los recetó'
WHERE id = 12 AND name = 'Review of medications with the prescriber';

UPDATE strategy SET name_es = 'Derivación al médico por una condición médica',
description_es = 'Condiciones como los trastornos de la tiroides, la retención de restos placentarios, la diabetes o los problemas hormonales pueden afectar la bajada y la producción de leche. Derive a la clienta a su médico con los hallazgos (use el informe para el médico) y dé seguimiento al resultado.',
instructions_es = 'Pida una cita con su médico en los próximos días.
Lleve a la cita la carta de su consultora.
Cuéntele a su médico cómo van las tomas y lo que ha notado sobre la bajada de la leche.
Avísele a su consultora lo que le diga el médico, para ajustar su plan.',
usual_frequency_es = 'Una vez, dentro de una semana'
WHERE id = 13 AND name = 'Referral to a physician for a medical condition';
