-- The Spanish of the steps V68 and V69 added after V70's translation, which V68/V69 carried only in
-- comments: the mood referral strategy (V68, id 65) and the safe-sleep steps of skin-to-skin (7) and
-- side-lying feeding at night (10). Like V69, each change is targeted: a Spanish text an admin has
-- written or changed is left as it is, and a step is only added where the English has it.
-- Sources as in V68 (HRSA National Maternal Mental Health Hotline, which answers in English and
-- Spanish; 988 Suicide & Crisis Lifeline, option 2 for Spanish) and V69 (AAP 2022 safe sleep).
-- Terms: docs/glossary-es.md.

UPDATE strategy SET name_es = 'Derivación por estado de ánimo y depresión perinatal',
description_es = 'Una detección del estado de ánimo positiva (PHQ-2 de 3 o más) no es un diagnóstico, pero pide una conversación y, casi siempre, una derivación: la depresión y la ansiedad perinatales son frecuentes, tienen tratamiento y hacen más difíciles la bajada de la leche y la lactancia. Hable con la clienta de cómo se ha sentido, pregúntele si ha pensado en hacerse daño y derívela a su médico, a su partera o a un servicio de salud mental perinatal; dele los números de crisis. Muchos tratamientos son compatibles con la lactancia: la decisión es de quien receta.',
instructions_es = 'Hable con su médico, partera o enfermera sobre cómo se ha sentido, en los próximos días.
Si no tiene cita pronto, llame al consultorio y diga que es por su estado de ánimo después del parto.
Puede llamar o enviar un mensaje de texto a la Línea Nacional de Salud Mental Materna, 1-833-852-6262 (1-833-TLC-MAMA), a cualquier hora; atienden en español.
Si alguna vez piensa en hacerse daño a usted o a su bebé, llame ahora al 988 (oprima 2 para español) o al 911.
Cuéntele a su consultora qué le dijeron, para ajustar su plan.',
usual_frequency_es = 'Una vez, dentro de una semana',
    updated_at = CURRENT_TIMESTAMP, version = version + 1
WHERE id = 65 AND name = 'Referral for mood and perinatal depression' AND name_es IS NULL
    AND description_es IS NULL AND instructions_es IS NULL AND usual_frequency_es IS NULL;

-- skin-to-skin (7): chest to chest, the face visible, the blanket below the head (as V69 in English)
UPDATE strategy SET instructions_es = REPLACE(REPLACE(instructions_es,
'Quítele la ropa a su bebé, dejándole solo el pañal, y acuéstelo sobre su pecho desnudo.',
'Quítele la ropa a su bebé, dejándole solo el pañal, y acuéstelo sobre su pecho desnudo, pecho con pecho.
Mantenga la cara de su bebé a la vista y girada hacia un lado, con la nariz y la boca despejadas y la cabeza sin doblarse hacia adelante.'),
'Cúbranse los dos con una manta para no tener frío.',
'Cúbranse los dos con una manta hasta la espalda de su bebé, nunca sobre la cabeza.'),
    updated_at = CURRENT_TIMESTAMP, version = version + 1
WHERE id = 7 AND instructions LIKE '%face visible%'
    AND instructions_es LIKE '%acuéstelo sobre su pecho desnudo.%';

UPDATE strategy SET instructions_es = instructions_es || '
Si siente que puede quedarse dormida, pase antes a su bebé a su propio lugar seguro para dormir: boca arriba, sobre una superficie firme y plana, sin almohadas ni ropa de cama suelta.',
    updated_at = CURRENT_TIMESTAMP, version = version + 1
WHERE id = 7 AND instructions LIKE '%safe sleep space%'
    AND instructions_es IS NOT NULL AND instructions_es NOT LIKE '%lugar seguro para dormir%';

-- side-lying feeding at night (10): the safe surface and moving the baby back after the feed
UPDATE strategy SET instructions_es = REPLACE(instructions_es,
'Por la noche, amamante acostada de lado si su consultora le enseñó cómo hacerlo.',
'Por la noche, amamante acostada de lado si su consultora le enseñó cómo hacerlo: sobre un colchón firme y plano, con las almohadas y la ropa de cama suelta lejos de su bebé, y con la cara de su bebé a la vista y la nariz despejada.
Si puede quedarse dormida mientras amamanta, vuelva a poner a su bebé en su propio lugar para dormir (boca arriba, sobre una superficie firme y plana, sin ropa de cama suelta) en cuanto termine la toma.'),
    updated_at = CURRENT_TIMESTAMP, version = version + 1
WHERE id = 10 AND instructions LIKE '%firm flat mattress%'
    AND instructions_es LIKE '%amamante acostada de lado si su consultora le enseñó cómo hacerlo.%';
